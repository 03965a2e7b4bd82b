import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";

/** The two files of an accountability export. */
export enum ReportFileFormat {
  XLSX = "xlsx",
  CSV = "csv",
}
registerEnumType(ReportFileFormat, {
  name: "ReportFileFormat",
  description: "XLSX: the workbook; CSV: its case rows.",
});

@ObjectType({
  description:
    "A download link a browser can open without a bearer header: signed, for one file of one export, valid for minutes (KWADRANT_LINK_MINUTES); each download is audited as the user who asked for the link.",
})
export class DownloadLink {
  @Field(() => String, {
    description: "Relative path with the signed grant: /reports/<id>.xlsx?link=…",
  })
  url: string;

  @Field(() => GraphQLDateTime)
  expiresAt: Date;
}
