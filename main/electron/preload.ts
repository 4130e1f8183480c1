import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { FacturierBridge } from '@shared/ipc/bridge';
import { BRIDGE_GLOBAL } from '@shared/ipc/bridge';
import { isChannel } from '@shared/ipc/contract';
import { errorMessages } from '@shared/errors/error-codes';
import { isEventName } from '@shared/ipc/events';
import { fail } from '@shared/ipc/result';

// The page gets these two functions and nothing else: only contract channels, only table events.
const bridge: FacturierBridge = {
  transport: 'electron',
  invoke: (channel, input) =>
    isChannel(channel)
      ? ipcRenderer.invoke(channel, input)
      : Promise.resolve(fail('unknown_channel', errorMessages.unknown_channel)),
  on: (event, listener) => {
    if (!isEventName(event)) return () => undefined;
    const wrapped = (_: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(`event:${event}`, wrapped);
    return () => void ipcRenderer.removeListener(`event:${event}`, wrapped);
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, Object.freeze(bridge));
