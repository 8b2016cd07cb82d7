import { useEffect, useRef, useState } from "react";
import { t } from "../i18n/t";
import { clock } from "./format";
import { MicrophoneIcon } from "../common/icons";

interface Recording {
  recorder: MediaRecorder;
  stream: MediaStream;
  chunks: Blob[];
  startedAt: number;
  keep: boolean;
}

/** Whether this browser can record audio (MediaRecorder and a microphone API). */
export function canRecord(): boolean {
  return typeof MediaRecorder !== "undefined" && typeof navigator !== "undefined" && !!navigator.mediaDevices?.getUserMedia;
}

/**
 * Records a voice message with the microphone (MediaRecorder): a button starts it, then the
 * elapsed time shows with "Send" and "Cancel". A cancelled recording is dropped; the microphone
 * is released either way.
 */
export function VoiceRecorder({ maxSeconds, onRecorded, onError }: { maxSeconds: number; onRecorded: (recording: Blob, seconds: number) => void; onError: (text: string) => void }) {
  const [elapsed, setElapsed] = useState<number | null>(null);
  const current = useRef<Recording | null>(null);

  useEffect(() => {
    if (elapsed === null) return;
    const timer = setInterval(() => {
      const rec = current.current;
      if (!rec) return;
      const ms = Date.now() - rec.startedAt;
      setElapsed(ms);
      if (ms >= maxSeconds * 1000) stop(true);
    }, 250);
    return () => clearInterval(timer);
  }, [elapsed === null, maxSeconds]);

  useEffect(() => () => stop(false), []);

  const start = async () => {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const type = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/mp4"].find((m) => MediaRecorder.isTypeSupported(m));
      const recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
      const rec: Recording = { recorder, stream, chunks: [], startedAt: Date.now(), keep: false };
      recorder.ondataavailable = (e) => {
        if (e.data.size > 0) rec.chunks.push(e.data);
      };
      recorder.onstop = () => {
        rec.stream.getTracks().forEach((track) => track.stop());
        const seconds = (Date.now() - rec.startedAt) / 1000;
        if (rec.keep && rec.chunks.length > 0) onRecorded(new Blob(rec.chunks, { type: recorder.mimeType || type || "audio/webm" }), seconds);
      };
      current.current = rec;
      recorder.start(250);
      setElapsed(0);
    } catch {
      onError(t("microphoneUnavailable"));
    }
  };

  function stop(keep: boolean) {
    const rec = current.current;
    current.current = null;
    setElapsed(null);
    if (!rec) return;
    rec.keep = keep;
    if (rec.recorder.state !== "inactive") rec.recorder.stop();
    else rec.stream.getTracks().forEach((track) => track.stop());
  }

  if (elapsed === null) {
    return (
      <button type="button" className="parley-button" onClick={() => void start()} aria-label={t("recordVoice")} title={t("recordVoice")}>
        <MicrophoneIcon />
      </button>
    );
  }
  return (
    <div className="parley-recorder" role="group" aria-label={t("recordingVoice")} data-testid="voice-recorder">
      <span className="parley-recording-dot" aria-hidden="true" />
      <span role="timer" aria-label={t("recordingFor", { time: clock(elapsed) })}>
        {clock(elapsed)}
      </span>
      <button type="button" className="parley-button" onClick={() => stop(false)}>
        {t("cancelRecording")}
      </button>
      <button type="button" className="parley-button parley-button-primary" onClick={() => stop(true)}>
        {t("sendVoice")}
      </button>
    </div>
  );
}
