import { useT } from "../i18n";
import { Field } from "./Field";

/** The settings a team lead may change, with the compare page's defaults. */
export interface EffectSettingsValue {
  discountFirstYear: boolean;
  biasB: string;
  biasC: string;
}

export const DEFAULT_EFFECT_SETTINGS: EffectSettingsValue = {
  discountFirstYear: false,
  biasB: "0.1",
  biasC: "0.25",
};

/** The StoredEffectSettingsInput for these fields. */
export function effectSettingsOf(value: EffectSettingsValue) {
  return {
    discountFirstYear: value.discountFirstYear,
    optimismBias: { B: value.biasB, C: value.biasC },
  };
}

/** Optimism bias for grades B and C and the discounting of year 1, as on the compare page. */
export function EffectSettingsFields(props: {
  value: EffectSettingsValue;
  onChange(patch: Partial<EffectSettingsValue>): void;
}) {
  const { t } = useT();
  const { value, onChange } = props;
  const bias = (grade: "B" | "C") => (
    <Field label={`${t("optimismBias")} ${grade}`}>
      <input
        type="number"
        min="0"
        max="1"
        step="0.05"
        value={grade === "B" ? value.biasB : value.biasC}
        onChange={(e) =>
          onChange(grade === "B" ? { biasB: e.target.value } : { biasC: e.target.value })
        }
      />
    </Field>
  );
  return (
    <>
      {bias("B")}
      {bias("C")}
      <label className="check">
        <input
          type="checkbox"
          checked={value.discountFirstYear}
          onChange={(e) => onChange({ discountFirstYear: e.target.checked })}
        />
        {t("discountFirstYear")}
      </label>
    </>
  );
}
