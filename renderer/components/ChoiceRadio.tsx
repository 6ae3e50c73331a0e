import type { ReactNode } from 'react';
import { Radio } from 'react-aria-components';

interface ChoiceRadioProps {
  value: string;
  children: ReactNode;
  isDisabled?: boolean;
  /** The option's own language, e.g. "English" offered in a German UI, for screen-reader pronunciation. */
  lang?: string;
  /** Extra class names beside "radio". */
  className?: string;
}

/** One option of a RadioGroup, drawn the same way everywhere (the dot is decoration; the text is the name). */
export function ChoiceRadio({ value, children, isDisabled, lang, className }: ChoiceRadioProps) {
  return (
    <Radio value={value} className={className ? `radio ${className}` : 'radio'} isDisabled={isDisabled} lang={lang}>
      <span className="radio-dot" aria-hidden="true" />
      {children}
    </Radio>
  );
}
