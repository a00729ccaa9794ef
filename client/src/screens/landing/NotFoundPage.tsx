import './landing.css'

/** Any path the app does not know. */
export function NotFoundPage() {
  return (
    <main className="landing">
      <div className="landing-card">
        <h1 className="landing-heading">This page does not exist</h1>
        <p className="landing-lead">
          If someone sent you a link to a board, check that you copied all of it.
        </p>
        <a className="btn btn-primary" href="/">
          Go to the start page
        </a>
      </div>
    </main>
  )
}
