// Package fakesql is an in-memory database/sql driver for the examples'
// tests. Every query returns the same rows, whatever its text. It counts the
// connections the pool opens and holds, can take time per query, can fail
// partway through a result set, and reports each query's text and arguments:
// all the database/sql entries need to show what a real server would see.
package fakesql

import (
	"context"
	"database/sql/driver"
	"errors"
	"io"
	"sync"
	"time"
)

// ErrPrepare is returned by Prepare: the driver answers queries directly
// through QueryContext, so database/sql never needs a prepared statement.
var ErrPrepare = errors.New("fakesql: prepared statements are not supported")

// Connector is a driver.Connector for sql.OpenDB. Set its fields before the
// first query; they are read-only from then on.
type Connector struct {
	Columns []string
	Rows    [][]driver.Value
	// Fail, when not nil, is returned by the result set after the last row
	// instead of io.EOF: a connection that broke partway through.
	Fail error
	// Delay is how long each query takes before its first row.
	Delay time.Duration
	// OnRow, when not nil, is called before row i is returned.
	OnRow func(i int)
	// OnQuery, when not nil, is called with each query's text and arguments
	// as the driver receives them, from several connections at once when
	// queries run concurrently.
	OnQuery func(query string, args []driver.NamedValue)

	mu                sync.Mutex
	open, peak, total int
}

// Connect opens a new connection and counts it.
func (c *Connector) Connect(context.Context) (driver.Conn, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.open++
	c.total++
	c.peak = max(c.peak, c.open)
	return &conn{c: c}, nil
}

// Driver is required by driver.Connector; sql.OpenDB does not call it.
func (c *Connector) Driver() driver.Driver { return nil }

// Open is the number of connections open now, idle or in use.
func (c *Connector) Open() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.open
}

// Peak is the largest number of connections that were open at once.
func (c *Connector) Peak() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.peak
}

// Total is the number of connections opened so far.
func (c *Connector) Total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.total
}

type conn struct{ c *Connector }

func (cn *conn) Prepare(string) (driver.Stmt, error) { return nil, ErrPrepare }
func (cn *conn) Begin() (driver.Tx, error)           { return nil, ErrPrepare }

func (cn *conn) Close() error {
	cn.c.mu.Lock()
	defer cn.c.mu.Unlock()
	cn.c.open--
	return nil
}

// QueryContext honours ctx, as the driver documentation requires, while a
// query waits on its Delay. Its result set checks ctx before every row too,
// as a driver reading rows from the network would notice a cancelled
// query; one holding every row in memory might deliver them all instead.
func (cn *conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	if cn.c.OnQuery != nil {
		cn.c.OnQuery(query, args)
	}
	if cn.c.Delay > 0 {
		t := time.NewTimer(cn.c.Delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return &rows{ctx: ctx, c: cn.c}, nil
}

type rows struct {
	ctx  context.Context
	c    *Connector
	next int
}

func (r *rows) Columns() []string { return r.c.Columns }
func (r *rows) Close() error      { return nil }

func (r *rows) Next(dest []driver.Value) error {
	if r.c.OnRow != nil && r.next < len(r.c.Rows) {
		r.c.OnRow(r.next)
	}
	if err := r.ctx.Err(); err != nil {
		return err
	}
	if r.next == len(r.c.Rows) {
		if r.c.Fail != nil {
			return r.c.Fail
		}
		return io.EOF
	}
	copy(dest, r.c.Rows[r.next])
	r.next++
	return nil
}
