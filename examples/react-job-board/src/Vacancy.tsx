import { ApplicationForm } from "./ApplicationForm";
import { edge, LIST } from "./edge";
import { useEdgeRead } from "./load";

/** Properties shown as facts under the title. */
const FACTS: Record<string, string> = {
  location: "Location",
  department: "Department",
  employment_type: "Employment type",
  hours: "Hours per week",
};

/** A property value as text: option names joined and readable. */
function text(value: unknown): string {
  if (Array.isArray(value)) return value.join(", ");
  return String(value ?? "").replaceAll("_", " ");
}

/** One vacancy: its public properties and the application form. */
export function Vacancy({ uuid, onBack }: { uuid: string; onBack: () => void }) {
  const record = useEdgeRead(
    (signal) =>
      edge.GET("/v1/lists/{list}/{uuid}", { params: { path: { list: LIST, uuid } }, signal }),
    uuid,
  );
  return (
    <>
      <p>
        <button type="button" className="link" onClick={onBack}>
          ← All open positions
        </button>
      </p>
      {record.state === "loading" && <p role="status">Loading…</p>}
      {record.state === "failed" && <h1>{record.message}</h1>}
      {record.state === "done" && (
        <article>
          <h1>{text(record.value.data.properties.title)}</h1>
          <dl>
            {Object.entries(FACTS)
              .filter(([name]) => record.value.data.properties[name] != null)
              .map(([name, label]) => (
                <div key={name}>
                  <dt>{label}</dt>
                  <dd>{text(record.value.data.properties[name])}</dd>
                </div>
              ))}
          </dl>
          <p>{text(record.value.data.properties.description)}</p>
          <ApplicationForm vacancy={uuid} />
        </article>
      )}
    </>
  );
}
