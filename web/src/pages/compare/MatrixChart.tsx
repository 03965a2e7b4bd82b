import { useMemo, useState } from "react";
import type { CompareGroupFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { EChart } from "../../charts/EChart";
import { Field } from "../../components/Field";
import { DataTable } from "../../components/DataTable";
import { matrixOption, matrixParts } from "../../charts/matrix-heatmap";
import { euro } from "../../format";

/** Who pays × who gains for one group (the total first), with stakeholder names. */
export function MatrixChart(props: { groups: CompareGroupFragment[]; names: Map<string, string> }) {
  const { t } = useT();
  const { groups, names } = props;
  const [index, setIndex] = useState(0);
  const group = groups[Math.min(index, groups.length - 1)];
  const cells = useMemo(
    () =>
      group.matrix.map((c) => ({
        payer: c.payer ? (names.get(c.payer) ?? c.payer) : "–",
        beneficiary: names.get(c.beneficiary) ?? c.beneficiary,
        value: c.value,
      })),
    [group, names],
  );
  const option = useMemo(() => matrixOption(cells), [cells]);
  return (
    <figure>
      <figcaption>{t("matrixChart")}</figcaption>
      <Field label={t("matrixGroup")}>
        <select value={index} onChange={(e) => setIndex(Number(e.target.value))}>
          {groups.map((g, i) => (
            <option key={g.key ?? `total-${i}`} value={i}>
              {i === 0 ? t("total") : g.label}
            </option>
          ))}
        </select>
      </Field>
      <EChart parts={matrixParts} option={option} label={t("matrixChart")} height={360} />
      <DataTable
        caption={`${t("matrixChart")}: ${index === 0 ? t("total") : group.label}`}
        rows={cells}
        rowKey={(c, i) => `${c.payer}-${c.beneficiary}-${i}`}
        columns={[
          { header: t("payer"), cell: (c) => c.payer },
          { header: t("beneficiary"), cell: (c) => c.beneficiary },
          { header: t("value"), cell: (c) => euro(c.value), numeric: true },
        ]}
      />
    </figure>
  );
}
