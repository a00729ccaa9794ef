import { Component, Suspense, type ReactNode } from 'react'
import './deferred.css'

interface DeferredProps {
  /** Shown while the part's chunk arrives: never a blank space where it will be. */
  readonly fallback: ReactNode
  readonly children: ReactNode
}

/**
 * Where a part loaded on first use (lazyNamed) is rendered: `fallback` while it arrives, and a
 * message in words, with a way to try again, if it cannot arrive (offline before it was ever
 * fetched, or a deploy removed the chunk this page was built with).
 */
export function Deferred({ fallback, children }: DeferredProps) {
  return (
    <LoadFailure>
      <Suspense fallback={fallback}>{children}</Suspense>
    </LoadFailure>
  )
}

/** A quiet placeholder for a part on its way: a panel, a menu, a tool. */
export function PartLoading({ label }: { readonly label: string }) {
  return (
    <div className="part-loading" role="status" data-testid="part-loading">
      <span className="part-loading-spinner" aria-hidden="true" />
      {label}
    </div>
  )
}

class LoadFailure extends Component<{ readonly children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <div className="part-failed" role="alert" data-testid="part-failed">
        <p>This part of Coboard did not load. Check the connection, then try again.</p>
        {/* A failed chunk is remembered by the page: only a reload fetches it anew. */}
        <button type="button" className="btn btn-quiet" onClick={() => window.location.reload()}>
          Try again
        </button>
      </div>
    )
  }
}
