import type { CommandSource, EmitHostEvent, HostCommand, HostEvent } from "./protocol";
import { parseCommand } from "./protocol";

/** Commands from the host, fanned out to the chat's listeners. */
export class CommandHub {
  private readonly listeners = new Set<(command: HostCommand) => void>();

  readonly source: CommandSource = (listener) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  send(command: HostCommand): void {
    for (const listener of [...this.listeners]) listener(command);
  }
}

/** The DOM event name of a host event: `parley:unread`, `parley:message`, … */
export function domEventName(event: HostEvent): string {
  return `parley:${event.type}`;
}

/** Emits host events as `CustomEvent`s on `target` (bubbling, and out of shadow roots), and to `also`. */
export function domEmitter(target: EventTarget, also?: (event: HostEvent) => void): EmitHostEvent {
  return (event) => {
    target.dispatchEvent(new CustomEvent(domEventName(event), { bubbles: true, composed: true, detail: event }));
    also?.(event);
  };
}

/** The DOM event a host dispatches on the element or container to give a command. */
export const COMMAND_EVENT = "parley:command";

/** Listens for `parley:command` events on `target`; returns the function that stops listening. */
export function listenForCommandEvents(target: EventTarget, hub: CommandHub): () => void {
  const listener = (event: Event) => {
    const command = parseCommand((event as CustomEvent).detail);
    if (command) hub.send(command);
  };
  target.addEventListener(COMMAND_EVENT, listener);
  return () => target.removeEventListener(COMMAND_EVENT, listener);
}
