import type { RefObject } from "react";

/** A hidden image chooser that a button or menu item opens. */
export function PictureInput({ inputRef, label, testId, onPick }: { inputRef: RefObject<HTMLInputElement | null>; label: string; testId: string; onPick: (file: File) => void }) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept="image/*"
      hidden
      data-testid={testId}
      aria-label={label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = "";
        if (file) onPick(file);
      }}
    />
  );
}
