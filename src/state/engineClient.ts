/**
 * The page's handle on the engine worker: typed requests, answered in order as promises.
 */
import type { EngineAnswer, EngineEnvelope, EngineOp, EngineResponses, RequestOf } from './engineProtocol.ts';

/** The part of a Worker the client uses, so tests can hand in anything that talks the protocol. */
export interface EnginePort {
  postMessage(message: EngineEnvelope): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineAnswer>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<EngineAnswer>) => void): void;
}

export interface EngineClient {
  request<O extends EngineOp>(request: RequestOf<O>): Promise<EngineResponses[O]>;
  dispose(): void;
}

interface Waiting {
  resolve(result: EngineResponses[EngineOp]): void;
  reject(error: Error): void;
}

export function createEngineClient(port: EnginePort): EngineClient {
  const waiting = new Map<number, Waiting>();
  let nextRequestId = 1;
  const onMessage = (event: MessageEvent<EngineAnswer>): void => {
    const answer = event.data;
    const entry = waiting.get(answer.requestId);
    if (entry === undefined) return;
    waiting.delete(answer.requestId);
    if (answer.ok) entry.resolve(answer.result);
    else entry.reject(new Error(answer.errorText));
  };
  port.addEventListener('message', onMessage);
  return {
    request<O extends EngineOp>(request: RequestOf<O>): Promise<EngineResponses[O]> {
      const requestId = nextRequestId++;
      return new Promise<EngineResponses[O]>((resolve, reject) => {
        waiting.set(requestId, { resolve: resolve as Waiting['resolve'], reject });
        port.postMessage({ requestId, request });
      });
    },
    dispose() {
      port.removeEventListener('message', onMessage);
      for (const entry of waiting.values()) entry.reject(new Error('the engine was stopped'));
      waiting.clear();
    },
  };
}
