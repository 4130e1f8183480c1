import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installFrenchValidationMessages } from '@shared/validation/zod-french';
import { resolveBridge } from './api/bridge';
import { App } from './app';
import { t } from './i18n/t';
import './styles.css';

installFrenchValidationMessages();
const container = document.getElementById('root') as HTMLElement;
const bridge = resolveBridge();
if (bridge) {
  createRoot(container).render(
    <StrictMode>
      <App bridge={bridge} />
    </StrictMode>,
  );
} else {
  const message = document.createElement('p');
  message.className = 'fatal';
  message.setAttribute('role', 'alert');
  message.textContent = t('app.noBridge');
  container.replaceChildren(message);
}
