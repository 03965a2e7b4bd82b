const thisYear = new Date().getFullYear();

/** The year (period) a page looks at: this year and the three before it. */
export function YearSelect(props: { id?: string; value: number; onChange(year: number): void }) {
  return (
    <select
      id={props.id}
      value={props.value}
      onChange={(e) => props.onChange(Number(e.target.value))}
    >
      {[0, 1, 2, 3].map((back) => (
        <option key={back} value={thisYear - back}>
          {thisYear - back}
        </option>
      ))}
    </select>
  );
}
