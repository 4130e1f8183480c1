import { events, type EventName, type EventPayload } from '@shared/ipc/events';

export type EventListener = (event: EventName, payload: unknown) => void;

/** Main's side of the event table: services emit, each transport (Electron window, SSE clients) listens. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const checked = events[event].parse(payload);
    for (const listener of this.listeners) listener(event, checked);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
