import { useId, type ReactElement, cloneElement } from "react";

/** A form control with its label tied to it (for screen readers and for clicking the label). */
export function Field({
  label,
  children,
}: {
  label: string;
  children: ReactElement<{ id?: string }>;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </div>
  );
}
