// What the bot answers: each command is an async generator of the pieces of its reply.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const HELP = [
  "I answer these commands:\n",
  "- `/help`: this list\n",
  "- `/echo <text>`: I say it back, word by word\n",
  "- `/count <n>`: I count to n (at most 50); press Stop to make me stop",
];

/** The reply to `text`, or undefined when it is no command (the bot stays quiet). */
export function reply(text, delayMs) {
  const match = /^\/(\w+)\s*([\s\S]*)$/.exec(text.trim());
  if (!match) return undefined;
  const [, command, rest] = match;
  switch (command) {
    case "help":
      return paced(HELP, delayMs);
    case "echo":
      return paced(rest ? rest.split(/(?<=\s)/) : ["(nothing to echo)"], delayMs);
    case "count": {
      const n = Math.min(50, Math.max(1, Number.parseInt(rest, 10) || 10));
      return paced(Array.from({ length: n }, (_, i) => (i === 0 ? "1" : ` ${i + 1}`)), delayMs);
    }
    default:
      return paced([`I don't know /${command}. Try /help.`], delayMs);
  }
}

async function* paced(pieces, delayMs) {
  for (const piece of pieces) {
    await sleep(delayMs);
    yield piece;
  }
}
