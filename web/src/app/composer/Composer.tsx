import { useEffect, useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import type { Message, Room } from "../../client";
import { UploadTray } from "../files/UploadTray";
import { PaperclipIcon } from "../common/icons";
import type { Uploads } from "../files/useUploads";
import { VoiceRecorder, canRecord } from "../files/VoiceRecorder";
import { useChat } from "../hooks/chat";
import { errorMessage, t } from "../i18n/t";
import { MentionSuggestions, optionId } from "../mentions/MentionSuggestions";
import { useMentionAutocomplete } from "../mentions/useMentionAutocomplete";
import { loadDraft, saveDraft } from "./drafts";

const TYPING_EVERY_MS = 2_000;

export interface ComposerProps {
  room: Room;
  replyTo: Message | null;
  editing: Message | null;
  onCancelReply: () => void;
  onCancelEdit: () => void;
  /** Up-arrow in an empty composer: edit the last own message. */
  onEditLast: () => void;
  onSent: () => void;
  onError: (text: string) => void;
  /** The files going with the next message (the room view also fills it from drops). */
  uploads: Uploads;
}

/**
 * Multi-line composer: Enter sends, Shift+Enter breaks the line, Up edits, Escape cancels. Files
 * come from the attach button, a paste or a drop on the room, and go with the next message;
 * the microphone button records a voice message that is sent on its own.
 */
export function Composer({ room, replyTo, editing, onCancelReply, onCancelEdit, onEditLast, onSent, onError, uploads }: ComposerProps) {
  const { client, config } = useChat();
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => loadDraft(room.id));
  const lastTyping = useRef(0);
  const area = useRef<HTMLTextAreaElement>(null);
  const inputId = useId();
  const contextId = useId();
  const listId = useId();

  useEffect(() => {
    if (editing) {
      setText(editing.text);
      area.current?.focus();
    } else {
      setText(loadDraft(room.id));
    }
  }, [editing, room.id]);

  useEffect(() => {
    if (replyTo) area.current?.focus();
  }, [replyTo]);

  // A room just opened: keyboard focus goes where one writes (not left behind in the room list).
  useEffect(() => {
    area.current?.focus({ preventScroll: true });
  }, [room.id]);

  useEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, 200)}px`;
  }, [text]);

  const setDraft = (value: string) => {
    setText(value);
    if (!editing) saveDraft(room.id, value);
  };
  const mentions = useMentionAutocomplete(room.id, text, area, setDraft);
  const showSuggestions = mentions.suggestions.length > 0;

  const change = (value: string, caret: number) => {
    mentions.track(value, caret);
    setText(value);
    if (!editing) saveDraft(room.id, value);
    const now = Date.now();
    if (value && config.features.typing && now - lastTyping.current > TYPING_EVERY_MS) {
      lastTyping.current = now;
      client.sendTyping(room.id);
    }
  };

  const submit = () => {
    const body = text.trim();
    if (editing) {
      if (!body) return;
      const target = editing;
      onCancelEdit();
      if (body !== target.text) client.edit(room.id, target.id, body).catch((e: unknown) => onError(errorMessage(e)));
      return;
    }
    if (uploads.busy) return;
    const attachments = uploads.ready;
    if (!body && attachments.length === 0) return;
    client.send(room.id, body, { ...(replyTo ? { parentId: replyTo.id } : {}), attachments });
    uploads.clear();
    setText("");
    saveDraft(room.id, "");
    lastTyping.current = 0;
    onSent();
  };

  const paste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = [...e.clipboardData.files];
    if (files.length === 0 || editing) return;
    e.preventDefault();
    uploads.add(files);
  };

  const sendVoice = (recording: Blob, seconds: number) => {
    client
      .uploadVoice(room.id, recording, Math.min(Math.max(0.1, seconds), config.files.voiceMaxSeconds), {
        maxBytes: config.files.voiceMaxBytes,
        maxSeconds: config.files.voiceMaxSeconds,
      })
      .then((file) => {
        client.send(room.id, "", { attachments: [file] });
        onSent();
      })
      .catch((e: unknown) => onError(errorMessage(e)));
  };

  const canSend = editing ? !!text.trim() : !uploads.busy && (!!text.trim() || uploads.ready.length > 0);

  const keyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (mentions.keyDown(e)) return;
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    } else if (e.key === "Escape") {
      if (editing) {
        e.preventDefault();
        onCancelEdit();
      } else if (replyTo) {
        e.preventDefault();
        onCancelReply();
      }
    } else if (e.key === "ArrowUp" && !text && !editing) {
      e.preventDefault();
      onEditLast();
    }
  };

  return (
    <form
      className="parley-composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {(editing || replyTo) && (
        <div className="parley-composer-context" id={contextId}>
          <span>
            {editing ? t("editingMessage") : t("replyingTo", { name: client.members.name(replyTo!.userId) })}
            {replyTo && !editing && <q className="parley-composer-quote">{replyTo.text.slice(0, 120)}</q>}
          </span>
          <button type="button" className="parley-link-button" onClick={editing ? onCancelEdit : onCancelReply}>
            {editing ? t("cancelEdit") : t("cancelReply")}
          </button>
        </div>
      )}
      {showSuggestions && (
        <MentionSuggestions id={listId} users={mentions.suggestions} active={mentions.active} onPick={mentions.pick} />
      )}
      {!editing && <UploadTray items={uploads.items} onRemove={uploads.remove} />}
      <div className="parley-composer-row">
        {!editing && (
          <>
            <input
              ref={fileInput}
              type="file"
              multiple
              hidden
              data-testid="attach-input"
              onChange={(e) => {
                uploads.add([...(e.target.files ?? [])]);
                e.target.value = "";
              }}
            />
            <button type="button" className="parley-button" onClick={() => fileInput.current?.click()} aria-label={t("attachFiles")} title={t("attachFiles")}>
              <PaperclipIcon />
            </button>
          </>
        )}
        <label htmlFor={inputId} className="parley-visually-hidden">
          {t("composerLabel")}
        </label>
        <textarea
          id={inputId}
          ref={area}
          rows={1}
          value={text}
          placeholder={t("composerPlaceholder")}
          aria-describedby={editing || replyTo ? contextId : undefined}
          aria-autocomplete="list"
          aria-controls={showSuggestions ? listId : undefined}
          aria-activedescendant={showSuggestions ? optionId(listId, mentions.active) : undefined}
          onChange={(e) => change(e.target.value, e.target.selectionStart)}
          onSelect={(e) => mentions.track(e.currentTarget.value, e.currentTarget.selectionStart)}
          onKeyDown={keyDown}
          onPaste={paste}
          maxLength={4000}
        />
        {!editing && canRecord() && <VoiceRecorder maxSeconds={config.files.voiceMaxSeconds} onRecorded={sendVoice} onError={onError} />}
        <button type="submit" className="parley-button parley-button-primary" disabled={!canSend}>
          {editing ? t("save") : t("send")}
        </button>
      </div>
    </form>
  );
}
