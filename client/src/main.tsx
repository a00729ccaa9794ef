import './core/lib/zodJitless'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './ui/base.css'
import { App } from './App'
import { registerServiceWorker } from './core/sync/serviceWorker'

const root = document.getElementById('root')
if (!root) throw new Error('Coboard needs an element with id "root" in index.html')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

registerServiceWorker()
