import { useEffect, useState } from "react";

/**
 * The page's query string as state, and a way to change it with a history
 * entry: the whole app's routing (`?vacancy=…` shows a vacancy, the rest is
 * the list's query), so links can be shared and back/forward work.
 */
export function useSearchParams(): [URLSearchParams, (next: URLSearchParams) => void] {
  const [search, setSearch] = useState(() => window.location.search);
  useEffect(() => {
    const onPop = () => setSearch(window.location.search);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const navigate = (next: URLSearchParams) => {
    const text = next.size > 0 ? `?${next}` : window.location.pathname;
    window.history.pushState(null, "", text);
    setSearch(window.location.search);
    window.scrollTo(0, 0);
  };
  return [new URLSearchParams(search), navigate];
}
