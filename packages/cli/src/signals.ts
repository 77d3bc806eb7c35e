/** Ctrl-C handling: the first SIGINT/SIGTERM asks the run to stop (in-flight work finishes and the output is closed, marked partial); a second one exits at once. */
export function interruption(): { requested: () => boolean; dispose: () => void } {
  let requested = false;
  const onSignal = () => {
    if (requested) process.exit(130);
    requested = true;
    process.stderr.write("\ninterrupted: finishing the series in flight and closing the output (press Ctrl-C again to quit at once)\n");
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    requested: () => requested,
    dispose: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
