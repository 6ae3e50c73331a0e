import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

export interface ModalDialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** 'alertdialog' for confirmations of something that cannot be undone. */
  role?: 'dialog' | 'alertdialog';
  /** Id of the element that explains an alert dialog, announced with its title. */
  describedBy?: string;
  size?: 'small' | 'large';
}

/**
 * A modal dialog (react-aria: focus kept inside, Escape closes, focus returns to
 * the trigger). A click outside does not close it, so a half-filled form is never lost by accident.
 */
export function ModalDialog({ title, onClose, children, role = 'dialog', describedBy, size = 'large' }: ModalDialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      isDismissable={false}
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
    >
      <Modal className={`modal modal-${size}`}>
        <Dialog className="dialog" role={role} aria-describedby={describedBy}>
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
