/**
 * Roving focus for the message list: the list is one tab stop (one message is tabbable, the
 * last one focused, else the newest on screen), the arrow keys move between messages, and only
 * the controls of that message are in the tab order. Works on the DOM so that rows the window
 * renders later (scrolling, history) follow too.
 */

/** Every row that takes part: sent messages and messages still sending. */
export const ROW = ".parley-message";
const INNER = "a[href], button, input, textarea, select, audio[controls], video[controls], [tabindex]";

export function rowId(row: HTMLElement): string | undefined {
  return row.dataset.messageId ?? row.dataset.clientId;
}

/** Gives the active row (or, when it is not rendered, the last row) the only tab stop. */
export function applyTabStops(container: HTMLElement, activeId: string | null): void {
  const rows = [...container.querySelectorAll<HTMLElement>(ROW)];
  const active = rows.find((row) => activeId !== null && rowId(row) === activeId) ?? rows[rows.length - 1];
  for (const row of rows) {
    const on = row === active;
    if (row.tabIndex !== (on ? 0 : -1)) row.tabIndex = on ? 0 : -1;
    for (const inner of row.querySelectorAll<HTMLElement>(INNER)) setInnerTabbable(inner, on);
  }
}

/** Takes a control out of the tab order, or gives it back the tab index it had. */
function setInnerTabbable(el: HTMLElement, on: boolean): void {
  const held = el.dataset.rovingTabindex;
  if (on) {
    if (held === undefined) return;
    if (held === "") el.removeAttribute("tabindex");
    else el.setAttribute("tabindex", held);
    delete el.dataset.rovingTabindex;
  } else if (held === undefined) {
    el.dataset.rovingTabindex = el.getAttribute("tabindex") ?? "";
    el.setAttribute("tabindex", "-1");
  }
}

/**
 * The row a key moves to from `row`: ArrowUp/ArrowDown the previous/next one, Home/End the
 * first/last rendered one; undefined for other keys or at an end.
 */
export function targetRow(container: HTMLElement, row: HTMLElement, key: string): HTMLElement | undefined {
  const rows = [...container.querySelectorAll<HTMLElement>(ROW)];
  const i = rows.indexOf(row);
  if (i === -1) return undefined;
  switch (key) {
    case "ArrowUp":
      return rows[i - 1];
    case "ArrowDown":
      return rows[i + 1];
    case "Home":
      return rows[0];
    case "End":
      return rows[rows.length - 1];
    default:
      return undefined;
  }
}
