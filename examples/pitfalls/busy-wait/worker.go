//go:build go1.1

// Package busywait waits for work by blocking on a channel, so an idle
// worker uses no CPU.
package busywait

// region worker

// Worker handles jobs until jobs is closed or done is closed. While there
// is no job it is parked in select: the runtime wakes it when a job
// arrives or done is closed, and it uses no CPU meanwhile. When a job and
// done are both ready, select picks one at random, so a worker told to
// stop may still handle a few jobs that were waiting.
func Worker(jobs <-chan int, done <-chan struct{}, handle func(int)) {
	for {
		select { // blocks: no default case // [!code highlight]
		case job, ok := <-jobs:
			if !ok {
				return
			}
			handle(job)
		case <-done:
			return
		}
	}
}

// endregion worker
