/**
 * The rows the substitution view sums: one per support activity and month it falls in (a
 * recurring activity in every month it recurs), with its case (`c`) and provision (`p`).
 */
export const SUPPORT_MONTHS_FROM = `
       FROM support_activity sa
       JOIN case_record c ON c.id = sa.case_id
       LEFT JOIN provision p ON p.id = sa.provision_id
       CROSS JOIN LATERAL generate_series(
         date_trunc('month', sa.activity_date),
         date_trunc('month', sa.activity_date) + make_interval(months => COALESCE(sa.recur_months, 1) - 1),
         interval '1 month') AS m(month)`;

/** A provision's care layer; the team's own hours without a provision are first line. */
export const CARE_LAYER_SQL = "COALESCE(p.care_layer, 'FIRST_LINE')";
