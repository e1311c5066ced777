-- The carrier reads a parcel by the code on its label: the return's tracking code, which the customer's
-- label prints as text and as a QR code. The carrier may read no return (returns/V1), so the code travels
-- with the manifest line it may read, copied from the return when the parcel is packed. The packer is the
-- load's operator, who reads the returns of its programs; the code is public to whoever holds the label
-- (returnTrack) and carries no personal data.
alter table unit_parcel add column tracking_code varchar(24);

create function unit_parcel_tracking_code() returns trigger
    language plpgsql
as $$
begin
    -- Read under the packer's own policies (security invoker): a return the packer may not read leaves
    -- the code null, never another organization's.
    new.tracking_code := (select r.tracking_code from return_order r
                          where r.shipper_id = new.shipper_id and r.id = new.return_id);
    return new;
end
$$;

create trigger unit_parcel_tracking_code before insert on unit_parcel
    for each row execute function unit_parcel_tracking_code();

-- No line packed before this migration gets a code: no deployment holds any (the demo's lines are
-- written after the migrations), and the owner could not read them under their forced policies anyway.
