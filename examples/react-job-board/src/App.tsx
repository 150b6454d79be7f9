import { JobList } from "./JobList";
import { useSearchParams } from "./location";
import { Vacancy } from "./Vacancy";

/** The job board: a vacancy when the URL names one, else the list. */
export function App() {
  const [params, navigate] = useSearchParams();
  const vacancy = params.get("vacancy");
  return (
    <>
      <header>
        <p className="brand">Demo Inc. — careers</p>
      </header>
      <main>
        {vacancy ? (
          <Vacancy uuid={vacancy} onBack={() => window.history.back()} />
        ) : (
          <JobList params={params} navigate={navigate} />
        )}
      </main>
    </>
  );
}
