import type { TestServer } from "./test-server";

export const MODEL_A_ID = "0a000000-0000-4000-8000-00000000000a";
export const MODEL_B_ID = "0b000000-0000-4000-8000-00000000000b";

export async function createProvision(
  t: TestServer,
  municipalityId: string,
  name: string,
  districtIds: string[] = [],
  extra: Record<string, unknown> = {},
) {
  const data = await t.ok(
    `mutation($input: CreateProvisionInput!) { createProvision(input: $input) { id version name } }`,
    {
      input: {
        municipalityId,
        name,
        kind: "GENERAL",
        access: "NONE",
        careLayer: "FIRST_LINE",
        ringTags: ["PREVENTION"],
        districtIds,
        ...extra,
      },
    },
  );
  return data.createProvision as { id: string; version: number; name: string };
}

export async function place(
  t: TestServer,
  provisionId: string,
  modelId: string,
  x: string,
  y: string,
  districtId?: string,
) {
  const data = await t.ok(
    `mutation($input: PlaceProvisionInput!) { placeProvision(input: $input) { id x y quadrantClass } }`,
    { input: { provisionId, modelId, x, y, districtId } },
  );
  return data.placeProvision as { id: string; x: string; y: string; quadrantClass: string };
}

export function ownModelInput(municipalityId: string, name = "Preventie × Bereik") {
  return {
    municipalityId,
    name,
    description: "Own model of the municipality",
    xAxis: { negativeLabel: "curatief", positiveLabel: "preventief", min: "-10", max: "10" },
    yAxis: { negativeLabel: "klein bereik", positiveLabel: "groot bereik", min: "-10", max: "10" },
    quadrants: [
      { position: "TOP_LEFT", code: "P1", nameNl: "Curatief breed", nameEn: "Curative broad" },
      { position: "TOP_RIGHT", code: "P2", nameNl: "Preventief breed", nameEn: "Preventive broad" },
      {
        position: "BOTTOM_RIGHT",
        code: "P3",
        nameNl: "Preventief smal",
        nameEn: "Preventive narrow",
      },
      { position: "BOTTOM_LEFT", code: "P4", nameNl: "Curatief smal", nameEn: "Curative narrow" },
    ],
  };
}
