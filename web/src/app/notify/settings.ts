/** The user's notification choices on this device (localStorage; unavailable storage = defaults). */
const SOUND = "parley.notify.sound";
const ASKED = "parley.notify.asked";

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

export const notifySettings = {
  sound: (): boolean => read(SOUND) === "on",
  setSound: (on: boolean): void => write(SOUND, on ? "on" : "off"),
  /** The user answered (or dismissed) the offer to turn desktop notifications on. */
  asked: (): boolean => read(ASKED) === "yes",
  setAsked: (): void => write(ASKED, "yes"),
};

/** The Notification API, when the browser has it (not in every iframe or old browser). */
export function desktopNotifications(): typeof Notification | undefined {
  return typeof Notification === "undefined" ? undefined : Notification;
}
