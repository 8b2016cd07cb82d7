/** A soft two-tone ring made with Web Audio (no sound file to fetch); returns the function that stops it. */
export function ring(): () => void {
  const Context = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return () => undefined;
  let audio: AudioContext;
  try {
    audio = new Context();
  } catch {
    return () => undefined;
  }
  const beep = () => {
    if (audio.state === "suspended") void audio.resume().catch(() => undefined);
    for (const [frequency, start] of [
      [440, 0],
      [480, 0.45],
    ] as const) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.value = 0.08;
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(audio.currentTime + start);
      oscillator.stop(audio.currentTime + start + 0.4);
    }
  };
  beep();
  const timer = setInterval(beep, 2500);
  return () => {
    clearInterval(timer);
    void audio.close().catch(() => undefined);
  };
}
