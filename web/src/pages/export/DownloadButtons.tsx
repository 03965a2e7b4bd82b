import { useState } from "react";
import { useMutation } from "urql";
import { useT } from "../../i18n";
import { CreateLink } from "./export-queries";

/**
 * Download buttons: each asks the API for a short-lived signed link and lets the browser follow
 * it, so the file streams to disk instead of through the page's memory.
 */
export function DownloadButtons({ exportId, label }: { exportId: string; label: string }) {
  const { t } = useT();
  const [, createLink] = useMutation(CreateLink);
  const [error, setError] = useState<string | null>(null);
  const open = async (format: "XLSX" | "CSV") => {
    const result = await createLink({ exportId, format });
    const url = result.data?.createDownloadLink.url;
    if (!url) return setError(result.error?.graphQLErrors[0]?.message ?? t("error"));
    setError(null);
    window.location.assign(url);
  };
  return (
    <span className="downloads">
      <button
        type="button"
        onClick={() => open("XLSX")}
        aria-label={`${t("downloadXlsx")} ${label}`}
      >
        {t("downloadXlsx")}
      </button>
      <button type="button" onClick={() => open("CSV")} aria-label={`${t("downloadCsv")} ${label}`}>
        {t("downloadCsv")}
      </button>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </span>
  );
}
