import { useEffect, useState } from 'react';
import type { TaskProgress } from '@shared/ipc/task-progress';
import { useBridge } from '../../api/client';

/** The last `task:progress` of a task (running, then done, failed or cancelled), or null before the first. */
export function useTaskProgress(taskId: string | null): TaskProgress | null {
  const bridge = useBridge();
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  useEffect(() => {
    if (!taskId) return undefined;
    const stop = bridge.on('task:progress', (event) => (event.taskId === taskId ? setProgress(event) : undefined));
    // The task may have reported before this page listened: ask once.
    void bridge.invoke('tasks:list', {}).then((result) => {
      const running = result.ok ? result.value.find((task) => task.taskId === taskId) : undefined;
      if (running) setProgress((current) => (current?.taskId === taskId ? current : running));
    });
    return stop;
  }, [bridge, taskId]);
  return progress?.taskId === taskId ? progress : null;
}
