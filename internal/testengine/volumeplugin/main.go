// Command volumeplugin is a minimal Docker volume-driver plugin for the
// tests: it keeps volumes in memory and reports $GREETING in their status.
// testengine.BuildVolumePlugin builds it and packages it as a plugin.
package main

import (
	"encoding/json"
	"net"
	"net/http"
	"os"
	"sync"
)

func main() {
	var mu sync.Mutex
	vols := map[string]bool{}
	reply := func(w http.ResponseWriter, v any) {
		w.Header().Set("Content-Type", "application/vnd.docker.plugins.v1+json")
		_ = json.NewEncoder(w).Encode(v)
	}
	name := func(r *http.Request) string {
		var req struct{ Name string }
		_ = json.NewDecoder(r.Body).Decode(&req)
		return req.Name
	}
	vol := func(n string) map[string]any {
		return map[string]any{"Name": n, "Mountpoint": "/data/" + n, "Status": map[string]string{"greeting": os.Getenv("GREETING")}}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/Plugin.Activate", func(w http.ResponseWriter, r *http.Request) {
		reply(w, map[string]any{"Implements": []string{"VolumeDriver"}})
	})
	mux.HandleFunc("/VolumeDriver.Capabilities", func(w http.ResponseWriter, r *http.Request) {
		reply(w, map[string]any{"Capabilities": map[string]string{"Scope": "local"}})
	})
	mux.HandleFunc("/VolumeDriver.Create", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		vols[name(r)] = true
		mu.Unlock()
		reply(w, map[string]string{"Err": ""})
	})
	mux.HandleFunc("/VolumeDriver.Remove", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		delete(vols, name(r))
		mu.Unlock()
		reply(w, map[string]string{"Err": ""})
	})
	mux.HandleFunc("/VolumeDriver.Get", func(w http.ResponseWriter, r *http.Request) {
		n := name(r)
		mu.Lock()
		ok := vols[n]
		mu.Unlock()
		if !ok {
			reply(w, map[string]string{"Err": "no such volume"})
			return
		}
		reply(w, map[string]any{"Volume": vol(n), "Err": ""})
	})
	mux.HandleFunc("/VolumeDriver.List", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		var list []map[string]any
		for n := range vols {
			list = append(list, vol(n))
		}
		mu.Unlock()
		reply(w, map[string]any{"Volumes": list, "Err": ""})
	})
	mux.HandleFunc("/VolumeDriver.Path", func(w http.ResponseWriter, r *http.Request) {
		reply(w, map[string]string{"Mountpoint": "/data/" + name(r), "Err": ""})
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		reply(w, map[string]string{"Err": "not supported: " + r.URL.Path})
	})
	l, err := net.Listen("unix", "/run/docker/plugins/vol.sock")
	if err != nil {
		panic(err)
	}
	panic(http.Serve(l, mux))
}
