/**
 * A button that starts long work: marked busy and inert while it runs, so it is never started twice. Not
 * `disabled`: a disabled button drops keyboard focus to the page, and the user would lose their place.
 */
export function LaunchButton({ label, isBusy, onLaunch }: { label: string; isBusy: boolean; onLaunch: () => Promise<void> }) {
  return (
    <button type="button" className="button" aria-disabled={isBusy} aria-busy={isBusy} onClick={() => (isBusy ? undefined : void onLaunch())}>
      {label}
    </button>
  );
}
