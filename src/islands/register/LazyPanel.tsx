// A part of the page loaded when it is first opened (the CSV import, the picker of assessments), with a status
// line while it loads and a clear message if the file cannot be fetched (offline, a new deployment).
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { t } from "../../i18n/register";
import { Alert } from "../assessment/ui/Alert";

interface Props<P> {
  load: () => Promise<ComponentType<P>>;
  props: P;
}

export function LazyPanel<P extends object>({ load, props }: Props<P>) {
  const [Loaded, setLoaded] = useState<ComponentType<P>>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    load().then(
      (c) => setLoaded(() => c),
      () => setFailed(true),
    );
  }, []);
  if (failed) return <Alert>{t("register.app.partFailed")}</Alert>;
  if (!Loaded) return <p role="status">{t("register.app.partLoading")}</p>;
  return <Loaded {...props} />;
}
