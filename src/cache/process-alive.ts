/** True while process `pid` runs (EPERM: it runs, as another user). Used for locks and leftovers of killed builds. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
