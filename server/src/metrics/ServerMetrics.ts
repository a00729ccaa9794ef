import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import { joinCodeStretcher } from '../joinCodes/JoinCodeStretcher'

/** What the gauges read when Prometheus scrapes. */
export interface MetricsSource {
  /** Open collaboration connections. */
  connections(): number
  /** Boards loaded in memory. */
  boards(): number
}

// Process metrics (CPU, memory, event-loop delay, GC) describe the process, not one server, and
// collecting them starts timers: one registry per process, however many servers a test starts.
let processRegistry: Registry | null = null

function getProcessRegistry(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry()
    collectDefaultMetrics({ register: processRegistry })
  }
  return processRegistry
}

/**
 * The server's Prometheus metrics. Counts and timings only: no label ever carries a board id,
 * a token or content, so the series stay few and the output is safe to scrape anywhere.
 */
export class ServerMetrics {
  private readonly registry = new Registry()
  private source: MetricsSource | null = null

  /** The Content-Type of `render()`'s output. */
  readonly contentType = this.registry.contentType

  readonly messagesReceived = new Counter({
    name: 'coboard_messages_received_total',
    help: 'Collaboration messages received from clients',
    registers: [this.registry],
  })
  readonly bytesReceived = new Counter({
    name: 'coboard_received_bytes_total',
    help: 'Bytes of collaboration messages received from clients',
    registers: [this.registry],
  })
  readonly messagesSent = new Counter({
    name: 'coboard_messages_sent_total',
    help: 'Collaboration messages sent to clients',
    registers: [this.registry],
  })
  readonly bytesSent = new Counter({
    name: 'coboard_sent_bytes_total',
    help: 'Bytes of collaboration messages sent to clients',
    registers: [this.registry],
  })
  readonly storeDuration = new Histogram({
    name: 'coboard_store_duration_seconds',
    help: 'Time taken by board storage calls, by operation and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  })

  readonly boardRepairFailures = new Counter({
    name: 'coboard_board_repair_failures_total',
    help:
      'Boards that broke as they were applied, migrated or repaired: stage="load", a board opened ' +
      'without the stored rows that break it; stage="update", an update that broke a loaded ' +
      'board, which was reloaded from storage',
    labelNames: ['stage'] as const,
    registers: [this.registry],
  })

  constructor() {
    this.addGauge('coboard_connections', 'Open collaboration connections', (s) => s.connections())
    this.addGauge('coboard_boards_loaded', 'Boards held in memory', (s) => s.boards())
    this.addJoinCodeStretching()
  }

  /** Where the gauges read from; set once Hocuspocus exists. */
  observe(source: MetricsSource): void {
    this.source = source
  }

  /** The Prometheus text exposition of this server's and the process's metrics. */
  async render(): Promise<string> {
    const [own, process] = await Promise.all([
      this.registry.metrics(),
      getProcessRegistry().metrics(),
    ])
    return `${own}\n${process}`
  }

  /** The process's join-code stretching thread (JoinCodeStretcher), read at scrape time. */
  private addJoinCodeStretching(): void {
    const stretches: Counter = new Counter({
      name: 'coboard_join_code_stretches_total',
      help: 'Join codes stretched (PBKDF2) by this process, on its one stretching thread',
      registers: [this.registry],
      collect: () => {
        stretches.reset()
        stretches.inc(joinCodeStretcher().completed)
      },
    })
    const waiting: Gauge = new Gauge({
      name: 'coboard_join_code_stretches_pending',
      help: 'Join-code stretches running or waiting for the stretching thread',
      registers: [this.registry],
      collect: () => waiting.set(joinCodeStretcher().pending),
    })
  }

  /** A gauge read from the source at scrape time; 0 before there is one. */
  private addGauge(name: string, help: string, read: (source: MetricsSource) => number): void {
    const gauge: Gauge = new Gauge({
      name,
      help,
      registers: [this.registry],
      collect: () => gauge.set(this.source ? read(this.source) : 0),
    })
  }
}
