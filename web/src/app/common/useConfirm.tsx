import { useCallback, useState, type ReactNode } from "react";
import { Dialog } from "./Dialog";

interface Question {
  text: string;
  action: string;
  resolve: (yes: boolean) => void;
}

/**
 * An in-app confirmation instead of `window.confirm` (which a widget's host page, an iframe or
 * a phone may block or style badly): `confirm(question, action)` shows a modal dialog with the
 * action's name on its button, resolves true when chosen, and focus returns where it was.
 */
export function useConfirm(): { confirm: (question: string, action: string) => Promise<boolean>; dialog: ReactNode } {
  const [question, setQuestion] = useState<Question | null>(null);
  const confirm = useCallback(
    (text: string, action: string) => new Promise<boolean>((resolve) => setQuestion({ text, action, resolve })),
    [],
  );
  const answer = (yes: boolean) => {
    question?.resolve(yes);
    setQuestion(null);
  };
  const dialog = question ? (
    <Dialog title={question.text} submitLabel={question.action} onSubmit={() => answer(true)} onClose={() => answer(false)}>
      {null}
    </Dialog>
  ) : null;
  return { confirm, dialog };
}
