import type { Session } from 'electron';

/**
 * The page asks for nothing: every permission request and check is refused, and so is every device
 * (USB, HID, serial, Bluetooth) a page could try to pick.
 */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }));
}
