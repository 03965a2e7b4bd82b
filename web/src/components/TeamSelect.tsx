/** The team a page looks at; `anyLabel` adds the choice of no team (all, the municipality). */
export function TeamSelect(props: {
  id?: string;
  teams: { id: string; name: string }[];
  value: string;
  onChange(teamId: string): void;
  anyLabel?: string;
}) {
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      {props.anyLabel !== undefined && <option value="">{props.anyLabel}</option>}
      {props.teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </select>
  );
}
