import { useEffect, useRef } from 'react';
import { useEditor, useSession } from '../session/SessionContext';

/** The app's own yes/no question (instead of the browser's blocking `confirm`); Escape or Cancel answers no. */
export function ConfirmDialog() {
  const { answerConfirmation } = useSession();
  const confirmation = useEditor((state) => state.confirmation);
  const dialog = useRef<HTMLDialogElement>(null);
  const safeAnswer = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || !confirmation || element.open) return;
    element.showModal();
    // The safe answer has the focus, so Enter does not drop work.
    safeAnswer.current?.focus();
  }, [confirmation]);
  if (!confirmation) return null;
  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="confirm-message" onCancel={() => void answerConfirmation(false)}>
      <p id="confirm-message">{confirmation.message}</p>
      <div className="button-row">
        {confirmation.saveLabel ? (
          <button type="button" onClick={() => void answerConfirmation('save')}>
            {confirmation.saveLabel}
          </button>
        ) : null}
        <button type="button" className="danger" onClick={() => void answerConfirmation(true)}>
          {confirmation.confirmLabel}
        </button>
        <button type="button" ref={safeAnswer} onClick={() => void answerConfirmation(false)}>
          {confirmation.cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
