import { useMemo } from "react";
import type { CareLayer } from "../../gql/graphql";
import { useT } from "../../i18n";
import { coordinate } from "../../format";
import { DataTable } from "../../components/DataTable";
import { EChart } from "../../charts/EChart";
import {
  quadrantPlaneOption,
  quadrantPlaneParts,
  type PlaneModel,
} from "../../charts/quadrant-plane";
import { className, type ModelQuadrant } from "./quadrant-classes";

export interface PlacedProvision {
  id: string;
  name: string;
  careLayer: CareLayer;
  placement?: { x: string; y: string; quadrantClass: string } | null;
}

/** The municipality's provisions where they sit on the model (their general placement). */
export function ProvisionsPlane(props: {
  provisions: PlacedProvision[];
  plane: PlaneModel;
  quadrants: ModelQuadrant[];
}) {
  const { plane, quadrants } = props;
  const { t, language } = useT();
  const placed = useMemo(
    () =>
      props.provisions
        .filter((p) => p.placement)
        .sort((a, b) => a.name.localeCompare(b.name, "nl")),
    [props.provisions],
  );
  const unplaced = props.provisions.length - placed.length;
  const option = useMemo(
    () =>
      quadrantPlaneOption(plane, [
        {
          name: t("provisions"),
          symbol: "rect",
          size: 9,
          showLabels: true,
          points: placed.map((p) => ({
            x: Number(p.placement!.x),
            y: Number(p.placement!.y),
            label: p.name,
          })),
        },
      ]),
    [plane, placed, t],
  );
  return (
    <figure>
      <figcaption>{t("provisionsChart")}</figcaption>
      <EChart
        parts={quadrantPlaneParts}
        option={option}
        label={t("provisionsChart")}
        height={640}
        maxWidth={760}
      />
      {unplaced > 0 && (
        <p className="meta">
          {t("provisionsUnplaced")}: {unplaced}
        </p>
      )}
      <DataTable
        caption={t("provisionsChart")}
        rows={placed}
        rowKey={(p) => p.id}
        columns={[
          { header: t("provision"), cell: (p) => p.name },
          { header: t("careLayer"), cell: (p) => t(`layer${p.careLayer}`) },
          { header: "x", cell: (p) => coordinate(p.placement!.x), numeric: true },
          { header: "y", cell: (p) => coordinate(p.placement!.y), numeric: true },
          {
            header: t("quadrantClass"),
            cell: (p) => className(p.placement!.quadrantClass, quadrants, language, t),
          },
        ]}
      />
    </figure>
  );
}
