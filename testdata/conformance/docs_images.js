// docker-py docs, "Images" page: every example, and each method of
// ImageCollection, Image and RegistryData. Images go to the test registry
// instead of Docker Hub; search (Docker Hub only) is tested in Go against
// a fake daemon.
const prefix = process.argv[2];
const client = docker.from_env();
const tar = require("tar");
const json = require("json");
const registry = process.env.DSCRIPT_TEST_REGISTRY;
const repo = registry + "/" + prefix + "-busybox";

// short tags: the tags of repo without it
const short = (tags) => tags.filter((t) => t.startsWith(repo)).map((t) => t.slice(repo.length)).sort().join(",");
const attempt = (f) => { try { f(); return null; } catch (e) { return e; } };
// join concatenates binary chunks (ArrayBuffers)
const join = (chunks) => {
  const parts = chunks.map((c) => new Uint8Array(c));
  const out = new Uint8Array(parts.reduce((a, c) => a + c.length, 0));
  let off = 0;
  for (const p of parts) { out.set(p, off); off += p.length; }
  return out;
};

// get(name) and the Image properties: attrs, id, labels, short_id, tags
const busybox = client.images.get("busybox:latest");
print("get", busybox.id.slice(0, 7), busybox.short_id === busybox.id.slice(0, 19), busybox.tags.includes("busybox:latest"));
print("attrs", busybox.attrs.Id === busybox.id, typeof busybox.labels === "object" ? "table" : "?", String(busybox).startsWith("<Image: "));
// reload()
busybox.reload();
print("reload", busybox.attrs.Os);

// tag(repository, tag=None, **kwargs): True if successful
print("tag", busybox.tag(repo, "latest"), busybox.tag(repo + ":v2"));

// >>> for line in cli.push('yourname/app', stream=True):
// ...   print line
// {"status":"Pushing repository yourname/app (1 tags)"}
let n = 0, statuses = 0;
for (const line of client.api.push(repo, {stream: true})) {
  n++;
  if (json.decode(line).status) statuses++;
}
print("push stream", n > 0, statuses > 0);
// push(repository, tag=None, **kwargs): the output text
print("push", client.images.push(repo, "v2").includes('"status"'));
const dec = [...client.images.push(repo, "latest", {stream: true, decode: true})];
print("push decode", typeof dec[dec.length - 1] === "object" ? "table" : "?", dec[dec.length - 1].aux.Digest.slice(0, 7));

// remove(*args, **kwargs)
client.images.remove(repo + ":latest");
client.images.remove({image: repo + ":v2"});
print("remove", client.images.list({name: repo}).length);

// >>> # Pull the image tagged `latest` in the busybox repo
// >>> image = client.images.pull('busybox:latest')
const image = client.images.pull(repo + ":latest");
print("pull", image.id === busybox.id, short(image.tags));
// >>> # Pull all tags in the busybox repo
// >>> images = client.images.pull('busybox', all_tags=True)
const images = client.images.pull(repo, {all_tags: true});
print("pull all_tags", images.length, short(images[0].tags));
// api.pull(stream=True, decode=True) iterates the progress
let last;
for (const m of client.api.pull(repo, {tag: "v2", stream: true, decode: true})) last = m;
print("api pull", /Image is up to date/.test(last.status));

// get_registry_data(name): RegistryData attrs, id, short_id
const rd = client.images.get_registry_data(repo + ":latest");
print("registry data", rd.id.slice(0, 7), rd.short_id === rd.id.slice(0, 19), rd.attrs.Descriptor.digest === rd.id, Array.isArray(rd.attrs.Platforms) ? "table" : "?");
// has_platform(platform): str or dict
const arch = client.version().Arch;
print("has_platform", rd.has_platform("linux"), rd.has_platform("linux/" + arch), rd.has_platform({os: "linux"}), rd.has_platform("windows"));
let err = attempt(() => rd.has_platform("a/b/c/d"));
print("has_platform invalid", err === null, err.name);
// reload(), pull(platform=None)
const digest = rd.id;
rd.reload();
print("registry reload", rd.id === digest);
print("registry pull", rd.pull().id === busybox.id);

// list(**kwargs): name, all, filters
print("list name", client.images.list({name: repo}).length, client.images.list(repo).length);
print("list all", client.images.list({all: true}).length >= client.images.list().length);
print("list filters", client.images.list({filters: {reference: repo + ":v2"}}).length);

// history()
const hist = image.history();
print("history", hist.length > 0, typeof hist[0].CreatedBy, typeof hist[0].Created);

// >>> image = cli.get_image("busybox:latest")
// >>> f = open('/tmp/busybox-latest.tar', 'w')
// >>> for chunk in image:
// >>>   f.write(chunk)
// >>> f.close()
let f = [];
for (const chunk of client.api.get_image("busybox:latest")) f.push(chunk);
const archive = join(f);
const names = new Set(tar.list(archive).map((e) => e.name));
print("get_image", archive.length % 512, names.has("manifest.json"), names.has("repositories"));
// save(chunk_size=2097152, named=False); attrs (tags) are as of the
// pull until reload()
image.reload();
print("tags", short(image.tags));
f = [...image.save({chunk_size: 65536, named: repo + ":v2"})];
const sizes = f.slice(0, -1).every((c) => c.byteLength === 65536);
const saved = join(f);
print("save", f.length > 1, sizes);
err = attempt(() => image.save({named: "other:tag"}));
print("save named", err === null, err.name, err.message);

// load(data): the images loaded
client.images.remove(repo + ":v2");
const loaded = client.images.load(saved);
print("load", loaded.length, short(loaded[0].tags), loaded[0].id === busybox.id);
err = attempt(() => client.images.load("not a tar archive"));
print("load error", err === null, err.name);

// build(**kwargs): [Image, generator of decoded logs]
const [built, logs] = client.images.build({path: "testdata/conformance/images-context", tag: prefix + "-built:1",
  rm: true, buildargs: {GREETING: "hi"}, labels: {[prefix]: "1"}});
const text = [];
for (const chunk of logs) if (chunk.stream) text.push(chunk.stream);
print("build", built.labels.built, built.labels[prefix], built.tags.includes(prefix + "-built:1"));
print("build log", /Successfully built/.test(text.join("")));
// fileobj: a Dockerfile; custom_context with encoding: the context's tar
const [fromobj] = client.images.build({fileobj: "FROM scratch\nLABEL from=fileobj\n", labels: {[prefix]: "dangling"}});
print("build fileobj", fromobj.labels.from, fromobj.tags.length);
const ctx = tar.create({Dockerfile: "FROM scratch\nCOPY f /f\nLABEL from=custom\n", f: "x"});
const [custom] = client.images.build({fileobj: ctx, custom_context: true, tag: prefix + "-built:custom"});
print("build custom_context", custom.labels.from);
// BuildError with msg and build_log
err = attempt(() => client.images.build({fileobj: "FROM busybox\nRUN echo failing && exit 3\n", rm: true, forcerm: true}));
print("BuildError", err === null, err instanceof docker.errors.BuildError, err.msg);
print("build_log", err.build_log.some((m) => m.stream && /failing/.test(m.stream)));
// neither path nor fileobj
err = attempt(() => client.images.build({tag: "x"}));
print("no context", err === null, err.name, err.message);

// prune(filters=None)
const pruned = client.images.prune({filters: {label: prefix + "=dangling"}});
print("prune", pruned.ImagesDeleted.length > 0, typeof pruned.SpaceReclaimed);
print("prune_builds", typeof client.images.prune_builds().SpaceReclaimed);

// Image.remove(force=False, noprune=False)
built.remove();
custom.remove({force: true});
for (const t of [":latest", ":v2"]) client.images.remove(repo + t);
print("left", client.images.list({name: repo}).length, client.images.list({name: prefix + "-built"}).length);
