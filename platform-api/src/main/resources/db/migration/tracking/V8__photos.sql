-- Photos of what an event is about (docs/domain/tracking.md, "Photos"): the carrier's picture of a
-- crushed parcel, uploaded as a file (PUT /tracking/photos/{id}) and named by the events that show it.
-- The id is the uploader's own UUID, chosen on the phone before any connection exists, so an upload
-- retried after a lost answer stores the photo once and an event queued offline can name it.
--
-- Who reads what: the uploader its own photos; anyone else only through an event that names the photo
-- and that it may read (tracking_event's policies), recorded by the photo's own uploader, so an event
-- can never expose another organization's photo to its readers.
create table tracking_photo (
    id              uuid          primary key,
    organization_id uuid          not null references organization (id),
    uploaded_by     varchar(64)   not null,
    -- SHA-256 of the bytes as uploaded: an upload again under the same id is a replay only with them.
    upload_sha256   varchar(64)   not null,
    -- What is stored and served: the image decoded and encoded again, so no metadata (a phone's GPS
    -- position, its serial number) and nothing but pixels survives the upload.
    content_type    varchar(16)   not null check (content_type in ('image/jpeg', 'image/png')),
    width           integer       not null check (width between 1 and 8000),
    height          integer       not null check (height between 1 and 8000),
    byte_size       integer       not null check (byte_size between 1 and 5242880),
    bytes           bytea         not null check (length(bytes) = byte_size),
    uploaded_at     timestamptz   not null default clock_timestamp()
);
create index tracking_photo_by_organization on tracking_photo (organization_id, uploaded_at);

-- The photos an event shows, in the recorder's order: at most five, photos of the recorder's own.
alter table tracking_event add column photo_ids uuid[] not null default '{}'
    check (cardinality(photo_ids) <= 5 and array_position(photo_ids, null) is null);
create index tracking_event_photos on tracking_event using gin (photo_ids) where cardinality(photo_ids) > 0;
grant insert (photo_ids), select (photo_ids) on tracking_event to homeward_app;

alter table tracking_photo enable row level security;
alter table tracking_photo force row level security;
create policy tracking_photo_insert on tracking_photo for insert
    with check (organization_id = (select current_org()));
create policy tracking_photo_read on tracking_photo for select
    using (organization_id = (select current_org())
           or exists (select 1 from tracking_event e
                      where tracking_photo.id = any (e.photo_ids)
                        and e.recorder_org_id = tracking_photo.organization_id));
-- Never changed once stored; the application inserts all but the upload time.
grant insert (id, organization_id, uploaded_by, upload_sha256, content_type, width, height, byte_size, bytes)
    on tracking_photo to homeward_app;
grant select on tracking_photo to homeward_app;
