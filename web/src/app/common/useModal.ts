import { useEffect, useRef } from "react";

/**
 * Opens a native <dialog> as a modal when it mounts; when it unmounts, focus returns to what
 * had it before (the button that opened it).
 */
export function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = dialog?.ownerDocument.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => opener?.focus?.();
  }, []);
  return ref;
}
