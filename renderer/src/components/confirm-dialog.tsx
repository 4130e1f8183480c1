import { useId, type FormEvent } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { t } from '../i18n/t';

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal confirmation from react-aria-components: focus is kept inside and given back to the opener,
 * Escape cancels, the page behind is hidden from screen readers. Enter confirms: the confirm button has
 * focus and submits the dialog's form.
 */
export function ConfirmDialog({ isOpen, title, message, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const messageId = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onConfirm();
  }
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} isDismissable={false} onOpenChange={(open) => (open ? undefined : onCancel())}>
      <Modal className="dialog">
        <Dialog aria-describedby={messageId} className="dialog-body">
          <form onSubmit={submit}>
            <Heading slot="title">{title}</Heading>
            <p id={messageId}>{message}</p>
            <div className="form-actions">
              <button type="submit" className="button primary danger" autoFocus>
                {confirmLabel}
              </button>
              <button type="button" className="button" onClick={onCancel}>
                {t('dialog.cancel')}
              </button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
