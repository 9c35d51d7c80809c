import { t } from "../../lib/i18n";

export default function NotFoundPage() {
  return (
    <main class="page">
      <div class="card">
        <h1>{t("common.page.notFound")}</h1>
        <p>{t("common.notFound.text")}</p>
        <p>
          <a href="/">{t("common.notFound.home")}</a>
        </p>
      </div>
    </main>
  );
}
