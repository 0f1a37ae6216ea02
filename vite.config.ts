import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // MapLibre in its own chunk: cached across app releases, and its main-thread time
        // is told apart from the app's in the browser benchmark's profile.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }, { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/ }] },
      },
    },
  },
  worker: { format: 'es' },
});
