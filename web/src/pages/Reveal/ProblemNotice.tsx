import { Notice } from "../../components/Notice";
import type { Problem } from "./problems";

/** What went wrong with the link, what to do next, and (at a dead end) what Oncelink is. */
export function ProblemNotice({ problem }: { problem: Problem }) {
  return (
    <>
      <Notice tone="error">
        <p>
          <strong>{problem.message}.</strong>
        </p>
        {problem.advice && <p>{problem.advice}</p>}
        {problem.retry && <p>Nothing was used up: the secret can still be viewed once this works.</p>}
      </Notice>
      {!problem.retry && !problem.later && <AboutOncelink />}
    </>
  );
}

/** One line for a recipient who has never heard of Oncelink. */
export function AboutOncelink() {
  return (
    <p class="hint reveal-about">
      Oncelink shares passwords and other secrets through links that open once, encrypted in the browser.{" "}
      <a href="/">Create your own</a>
    </p>
  );
}
