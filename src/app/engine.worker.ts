/**
 * The engine worker: runs the pure core off the page's thread, so statistics never block the UI.
 */
import { createEngineSession } from '../state/engineSession.ts';
import type { EngineAnswer, EngineEnvelope } from '../state/engineProtocol.ts';

/** The part of the worker's global scope used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineEnvelope>) => void): void;
  postMessage(message: EngineAnswer): void;
}
const scope = self as unknown as WorkerScope;

const session = createEngineSession();

scope.addEventListener('message', (event) => {
  const { requestId, request } = event.data;
  let answer: EngineAnswer;
  try {
    answer = { requestId, ok: true, result: session.handle(request) };
  } catch (error) {
    answer = { requestId, ok: false, errorText: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
});
