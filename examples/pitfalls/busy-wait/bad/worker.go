//go:build bad

// Package bad waits for work by polling in a loop.
package bad

import (
	"runtime"
	"sync"
)

// Queue is a list of jobs guarded by a mutex.
type Queue struct {
	mu   sync.Mutex
	jobs []int
}

// Push adds a job.
func (q *Queue) Push(job int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.jobs = append(q.jobs, job)
}

// TryPop removes and returns the oldest job, if there is one.
func (q *Queue) TryPop() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.jobs) == 0 {
		return 0, false
	}
	job := q.jobs[0]
	q.jobs = q.jobs[1:]
	return job, true
}

// region worker

// Worker handles jobs from q until done is closed.
//
// BUG: when the queue is empty it polls again at once. runtime.Gosched
// lets other goroutines run, but the worker is runnable all the time, so
// an idle worker keeps a CPU core busy doing nothing.
func Worker(q *Queue, done <-chan struct{}, handle func(int)) {
	for {
		if job, ok := q.TryPop(); ok {
			handle(job)
			continue
		}
		select {
		case <-done:
			return
		default:
			runtime.Gosched() // "brief pause", then poll again // [!code highlight]
		}
	}
}

// endregion worker
