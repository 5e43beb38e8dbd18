// Package users is a small JSON API and its client, tested with
// net/http/httptest: the handler through a ResponseRecorder, the client
// against a real server on a loopback port.
package users

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
)

// User is what the API returns for one user.
type User struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

// region routes

// Routes serves GET /users/{id} from users.
func Routes(users map[int]User) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(r.PathValue("id"))
		if err != nil {
			http.Error(w, "id must be a number", http.StatusBadRequest)
			return
		}
		u, ok := users[id]
		if !ok {
			http.Error(w, "no such user", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json") // [!code highlight]
		// Once the body has started, the status cannot change: an error here has nowhere to go.
		json.NewEncoder(w).Encode(u)
	})
	return mux
}

// endregion routes

// ErrNotFound is returned by Client.User for a user the API does not have.
var ErrNotFound = errors.New("user not found")

// region client

// Client reads users from the API at BaseURL.
type Client struct {
	BaseURL string
	HTTP    *http.Client // must not be nil; give it a Timeout in production
}

// User fetches one user.
func (c *Client) User(ctx context.Context, id int) (User, error) {
	url := c.BaseURL + "/users/" + strconv.Itoa(id)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return User{}, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return User{}, fmt.Errorf("get user %d: %w", id, err)
	}
	defer func() {
		// Read up to 64 KiB of what is left, so the connection can be reused.
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
	}()
	switch {
	case resp.StatusCode == http.StatusNotFound:
		return User{}, fmt.Errorf("user %d: %w", id, ErrNotFound)
	case resp.StatusCode != http.StatusOK:
		return User{}, fmt.Errorf("get user %d: %s", id, resp.Status)
	}
	var u User
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&u); err != nil {
		return User{}, fmt.Errorf("decode user %d: %w", id, err)
	}
	if u.ID != id {
		return User{}, fmt.Errorf("asked for user %d, got user %d", id, u.ID)
	}
	return u, nil
}

// endregion client
