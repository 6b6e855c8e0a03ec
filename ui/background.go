package ui

import "sync"

// background runs work off the UI goroutine. Every job is counted, so
// that tests can wait until all have finished.
type background struct {
	wg sync.WaitGroup
	// last is closed when the latest serial job has finished; touched only
	// on the UI goroutine.
	last chan struct{}
	// do hands a job's result to the UI goroutine: fyne.Do, or in tests a
	// queue that the test goroutine runs.
	do func(func())
}

// run runs f in a new goroutine.
func (b *background) run(f func()) {
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		f()
	}()
}

// serial runs f in a new goroutine once every job given to serial before
// it has finished: writes reach the database in the order the checker
// made them. Call it on the UI goroutine.
func (b *background) serial(f func()) {
	prev, done := b.last, make(chan struct{})
	b.last = done
	b.run(func() {
		defer close(done)
		if prev != nil {
			<-prev
		}
		f()
	})
}

// wait blocks until every job has finished.
func (b *background) wait() { b.wg.Wait() }
